/** When /admin reloads the editor on a hash change (src/cms/admin/editor-route.ts). */
import { describe, expect, it } from 'vitest';
import { editorRoute, needsFreshEditor } from '../../src/cms/admin/editor-route.ts';

describe('editor routes', () => {
  it('reads the collection and entry of an editor URL', () => {
    expect(editorRoute('#/collections/achievements/entries/nguyen-van-an-45-qd-skhdt-2023')).toEqual({
      collection: 'achievements',
      slug: 'nguyen-van-an-45-qd-skhdt-2023',
    });
    expect(editorRoute('#/collections/news/new')).toEqual({ collection: 'news', slug: undefined });
    expect(editorRoute('#/collections/news')).toBeUndefined();
    expect(editorRoute('#/workflow')).toBeUndefined();
  });

  it('opens a fresh editor when the hash moves from one entry to another', () => {
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/news/entries/b')).toBe(true);
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/units/entries/a')).toBe(true);
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/news/new')).toBe(true);
  });

  it("leaves Decap's own moves alone", () => {
    expect(needsFreshEditor('#/collections/news/new', '#/collections/news/entries/tin-moi')).toBe(false);
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/news/new?duplicate=true')).toBe(false);
    expect(needsFreshEditor('#/collections/news', '#/collections/news/entries/a')).toBe(false);
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/news')).toBe(false);
    expect(needsFreshEditor('#/collections/news/entries/a', '#/collections/news/entries/a')).toBe(false);
  });
});
