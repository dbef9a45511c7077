// The demo center's No-wait Friday list: same-day civil-status and certification procedures, each
// with the documents a complete dossier needs (seed data, editable by a manager).

export const DEMO_FAST_TRACK: { nameVi: string; checklistVi: string[]; checklistEn: string[] }[] = [
  {
    nameVi: 'Đăng ký khai sinh',
    checklistVi: [
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh (bản chính)',
      'Căn cước công dân hoặc hộ chiếu của người đi đăng ký',
      'Giấy chứng nhận kết hôn của cha mẹ (nếu có)',
    ],
    checklistEn: [
      'Birth registration form',
      'Birth certificate from the hospital (original)',
      'ID card or passport of the person registering',
      'Parents’ marriage certificate (if any)',
    ],
  },
  {
    nameVi: 'Đăng ký kết hôn',
    checklistVi: [
      'Tờ khai đăng ký kết hôn (theo mẫu)',
      'Căn cước công dân hoặc hộ chiếu của hai bên nam, nữ',
      'Giấy xác nhận tình trạng hôn nhân (nếu không thường trú tại phường)',
      'Hai bên nam, nữ cùng có mặt',
    ],
    checklistEn: [
      'Marriage registration form',
      'ID cards or passports of both partners',
      'Marital status certificate (if not a resident of the ward)',
      'Both partners present in person',
    ],
  },
  {
    nameVi: 'Đăng ký khai tử',
    checklistVi: [
      'Tờ khai đăng ký khai tử (theo mẫu)',
      'Giấy báo tử hoặc giấy tờ thay giấy báo tử',
      'Căn cước công dân của người đi đăng ký',
    ],
    checklistEn: ['Death registration form', 'Death notice or an equivalent document', 'ID card of the person registering'],
  },
  {
    nameVi: 'Cấp bản sao trích lục hộ tịch',
    checklistVi: ['Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', 'Căn cước công dân của người yêu cầu'],
    checklistEn: ['Request form for a civil-status extract copy', 'ID card of the applicant'],
  },
  {
    nameVi: 'Chứng thực bản sao từ bản chính',
    checklistVi: ['Bản chính giấy tờ cần chứng thực', 'Bản chụp cần chứng thực (nếu tự chuẩn bị)'],
    checklistEn: ['The original document', 'The copies to certify (if brought along)'],
  },
  {
    nameVi: 'Chứng thực chữ ký',
    checklistVi: ['Căn cước công dân hoặc hộ chiếu còn giá trị', 'Giấy tờ, văn bản sẽ ký (ký trước mặt cán bộ)'],
    checklistEn: ['A valid ID card or passport', 'The document to sign (signed in front of the officer)'],
  },
  {
    nameVi: 'Chứng thực chữ ký người dịch',
    checklistVi: [
      'Bản dịch kèm giấy tờ cần dịch',
      'Căn cước công dân của người dịch',
      'Bằng ngoại ngữ hoặc bằng đại học nước ngoài của người dịch',
    ],
    checklistEn: [
      'The translation with the source document',
      'ID card of the translator',
      'The translator’s language degree or foreign university degree',
    ],
  },
];
