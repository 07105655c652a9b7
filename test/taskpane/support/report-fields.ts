/** The Word report's fields as an office would type them in the pane (one text per field, lines for lists). */
export const TYPED_REPORT_FIELDS = {
  governingBody: 'UBND tỉnh Tây Ninh',
  agency: 'Sở Khoa học và Công nghệ',
  number: '125/BC-SKHCN',
  place: 'Tây Ninh',
  signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  signerName: 'Nguyễn Văn An',
  recipients: 'UBND tỉnh\nLưu: VT, VP',
};
