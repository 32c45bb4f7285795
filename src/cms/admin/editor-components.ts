/**
 * Markdown editor components. A campaign's body places `<CampaignContents />` (the MDX
 * component that prints the six contents from the front matter) under its section III; Decap's
 * markdown editor would otherwise turn that line into escaped text. Registered as a block
 * component it shows as a labelled block and is written back unchanged.
 */
import type { DecapCms } from './decap.ts';

export function registerEditorComponents(CMS: DecapCms): void {
  CMS.registerEditorComponent({
    id: 'campaign-contents',
    label: 'Danh sách nội dung thi đua',
    fields: [
      {
        name: 'note',
        label: 'Ghi chú',
        widget: 'hidden',
        default: 'Các nội dung thi đua được lấy từ trường «Nội dung thi đua» của đợt thi đua.',
      },
    ],
    pattern: /^<CampaignContents\s*\/>$/,
    fromBlock: () => ({}),
    toBlock: () => '<CampaignContents />',
    toPreview: () => '<p><em>[Danh sách nội dung thi đua của đợt thi đua]</em></p>',
  });
}
