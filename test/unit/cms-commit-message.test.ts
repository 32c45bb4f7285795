/** Vietnamese commit messages that name the entry (src/cms/commit-message.ts) and the CMS's spelling. */
import { describe, expect, it } from 'vitest';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { COMMIT_TEMPLATES, entryCommitMessage } from '../../src/cms/commit-message.ts';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { vietnamesePhrases } from '../../src/cms/locale-vi.ts';
import { rewriteCommitMessage } from '../../src/local-backend/publishing.ts';

const ACHIEVEMENT = `---
kind: ca-nhan
recipient: Nguyễn Văn An
unit: van-phong-so
decisionNumber: 45/QĐ-SKHĐT
---

Nội dung.
`;

describe('commit messages', () => {
  it('name the entry by its fields', () => {
    expect(entryCommitMessage('achievements', 'create', ACHIEVEMENT)).toBe(
      'Thêm thành tích: Nguyễn Văn An (45/QĐ-SKHĐT)',
    );
    expect(entryCommitMessage('news', 'update', '---\ntitle: Tin mới\n---\n')).toBe('Sửa bài viết: Tin mới');
    expect(entryCommitMessage('units', 'create', 'name: Văn phòng Sở\n')).toBe('Thêm đơn vị: Văn phòng Sở');
    expect(
      entryCommitMessage('campaigns', 'update', '---\ndocumentNumber: 215/KH-SKHĐT\ntitle: Thi đua 2024\n---\n'),
    ).toBe('Sửa đợt thi đua: 215/KH-SKHĐT – Thi đua 2024');
    expect(entryCommitMessage('news', 'create', '---\n: [\n---\n')).toBeUndefined();
  });

  it("replace Decap's template message in the local backend, create or update as Decap said", () => {
    const body = (message: string) => ({
      action: 'persistEntry',
      params: {
        entry: { path: 'content/achievements/x.mdx', raw: ACHIEVEMENT },
        options: { collectionName: 'achievements', commitMessage: message },
      },
    });
    expect(rewriteCommitMessage(body('Thêm Thành tích: x'))).toBe('Thêm thành tích: Nguyễn Văn An (45/QĐ-SKHĐT)');
    expect(rewriteCommitMessage(body('Sửa Thành tích: x'))).toBe('Sửa thành tích: Nguyễn Văn An (45/QĐ-SKHĐT)');
    expect(rewriteCommitMessage({ action: 'deleteFile', params: {} })).toBeUndefined();
  });

  it('are Vietnamese templates for the production backends', () => {
    expect((buildCmsConfig({})['backend'] as { commit_messages: unknown })['commit_messages']).toEqual(
      COMMIT_TEMPLATES,
    );
  });
});

describe('Vietnamese of the CMS', () => {
  it('spells «xóa» one way', () => {
    const text = JSON.stringify(vietnamesePhrases(vi as never));
    expect(text).not.toMatch(/xoá/i);
    expect(text).toContain('Xóa mục này');
  });

  it('names the workflow columns Nháp · Chờ duyệt · Sẵn sàng, and shows no «Markdown»', () => {
    const phrases = vietnamesePhrases(vi as never) as { workflow: { workflowList: Record<string, string> } };
    expect(phrases.workflow.workflowList).toMatchObject({
      draftHeader: 'Nháp',
      inReviewHeader: 'Chờ duyệt',
      readyHeader: 'Sẵn sàng',
    });
    expect(JSON.stringify(phrases)).not.toContain('Markdown');
  });
});
