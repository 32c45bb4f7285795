/**
 * The Vietnamese UI strings Decap CMS 3.16's own `vi` locale lacks (it falls back to English
 * for them), found by diffing the `en` and `vi` objects of decap-cms-locales, plus a few
 * rewordings (validation messages worded like the build's). A unit test checks that `vi` plus
 * these covers every English key, so a Decap upgrade that adds strings fails the test rather
 * than showing English to editors.
 */
export const VI_ADDITIONS = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      // Decap's own string starts with a full-width plus (U+FF0B), missing from many system fonts.
      newButton: 'Thêm %{collectionLabel}',
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: {
      unpublishedHeader: 'Mục chưa công bố',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        // Decap fills in the widget's technical name («markdown», «string»): not for editors.
        widgetLabel: 'Ô soạn thảo',
      },
    },
    editorControlPane: {
      widget: {
        required: '«%{fieldLabel}» không được để trống.',
        regexPattern: '«%{fieldLabel}» chưa đúng: %{pattern}',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm:
          'Bạn có muốn điền dữ liệu từ ngôn ngữ %{locale}?\nToàn bộ nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng bộ',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên bên dưới để trao đổi với người khác.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm một ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn có chắc muốn xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      // The three columns of the editorial workflow, named as the office says them.
      status: 'Trạng thái: %{status}',
      draft: 'Nháp',
      inReview: 'Chờ duyệt',
      ready: 'Sẵn sàng',
      // Shown too for a new entry nobody has typed in yet: claim nothing was saved.
      changesSaved: 'Không có thay đổi chưa lưu',
      statusInfoTooltipDraft:
        'Mục đang ở trạng thái nháp. Để hoàn tất và gửi duyệt, hãy chuyển trạng thái sang «Chờ duyệt».',
      statusInfoTooltipInReview:
        'Mục đang được duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa trong khi mục đang được duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'In đậm',
        italic: 'In nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ (URL) của liên kết',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        richText: 'Soạn thảo trực quan',
        markdown: 'Mã nguồn',
        toggleMode: {
          rich: 'Chuyển sang chế độ soạn thảo trực quan',
          markdown: 'Chuyển sang chế độ mã nguồn',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ URL',
        replaceUrl: 'Thay bằng URL',
        promptUrl: 'Nhập địa chỉ (URL) của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xóa tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ URL',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng URL',
        promptUrl: 'Nhập địa chỉ (URL) của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xóa tất cả tệp',
      },
      // Every date field of this site is a calendar date: "now" is today.
      datetime: {
        now: 'Hôm nay',
        setToNow: 'Đặt «%{fieldLabel}» là hôm nay',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở rộng',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép URL',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
    },
  },
  workflow: {
    workflowList: {
      draftHeader: 'Nháp',
      inReviewHeader: 'Chờ duyệt',
      readyHeader: 'Sẵn sàng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Tùy chọn tài khoản',
    },
    toast: {
      // Also shown for a wrong format (a pattern), not only for an empty field: say neither.
      missingRequiredField: 'Chưa lưu: có trường chưa điền hoặc chưa đúng — xem thông báo đỏ cạnh từng trường.',
      onFailToPersist: 'Không lưu được mục: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** One spelling of «xóa» everywhere (Decap's own `vi` mixes «xoá» and «xóa»; the site writes «xóa»). */
export function spellOneWay(phrases: Phrases): Phrases {
  const out: Phrases = {};
  for (const [key, value] of Object.entries(phrases)) {
    out[key] =
      typeof value === 'object'
        ? spellOneWay(value)
        : value.replace(/Xoá/g, 'Xóa').replace(/xoá/g, 'xóa').replace(/XOÁ/g, 'XÓA');
  }
  return out;
}

/** The Vietnamese the CMS shows: Decap's `vi`, completed and reworded. */
export function vietnamesePhrases(vi: Phrases): Phrases {
  return spellOneWay(mergePhrases(vi, VI_ADDITIONS));
}

/** `base` with `extra` merged in, recursively (extra wins). */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return out;
}
