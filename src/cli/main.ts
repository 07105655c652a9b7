/** The `tonghop` command line: files in, summary workbook and JSON out (docs/interfaces.md §2). */
import { parseArgs, UsageError } from './args';
import { checkCommand, consolidateCommand, rollupCommand, settingsCommand, templateCommand, type Io } from './commands';
import { REPORT_OPTIONS, reportCommand } from './report';

export const HELP = `TongHop — tổng hợp báo cáo thống kê của các đơn vị trực thuộc Sở KH&CN

Cách dùng:
  tonghop consolidate <tệp hoặc thư mục...> -o <tong-hop.xlsx> [--json <tong-hop.json>]
                      [--period "<kỳ báo cáo>"] [--from <dd/mm/yyyy>] [--as-of <dd/mm/yyyy>]
                      [--agency "<tên cơ quan>"] [--settings <danh-muc.xlsx|.json>] [--expand] [--accept <tệp>]...
                      [--units <danh-sach.txt|.xlsx>] [--previous <bảng kỳ trước.xlsx|.json>]
                      [--file-timeout <giây>] [--no-pad] [--quiet]
                      [--docx <bao-cao.docx> [--docx-template <mau.docx>]] [tùy chọn của văn bản báo cáo]
  tonghop report <tong-hop.xlsx|.json> -o <bao-cao.docx> [--template <mau.docx>] [--settings <danh-muc.xlsx|.json>] [tùy chọn của văn bản báo cáo]
  tonghop rollup <bảng tổng hợp.xlsx|.json...> -o <tong-hop.xlsx> [--json <tong-hop.json>] [--period "<kỳ ghép>"]
                 [--agency "<tên cơ quan>"] [--accept <tệp>]...
  tonghop template -o <mau-don-vi.xlsx> [--unit "<tên đơn vị>"]
  tonghop check <tệp...> [--json] [--settings <danh-muc.xlsx|.json>] [--accept <tệp>]... [--file-timeout <giây>]
  tonghop settings -o <danh-muc.xlsx> [--settings <danh-muc cũ.xlsx|.json>]

Lệnh:
  consolidate  Đọc sổ tính của các đơn vị (.xlsx, .xlsm, .xls, .ods; thư mục được tìm cả thư mục con),
               kiểm tra và ghi bảng tổng hợp (TH_TTHC, TH_LinhVuc, TH_NhanSu, TH_DaoTao, TH_TiepDan,
               KiemTra, BaoCao, và GuiLai — việc từng đơn vị cần sửa — khi có). Tệp khóa của Office (~$...)
               được bỏ qua; tệp nguồn không bị sửa.
               Đầu vào có thể là bảng tổng hợp do TongHop ghi (.xlsx hoặc .json, ví dụ của các phòng, huyện hay
               của kỳ khác): mỗi bảng được tính là một đơn vị mang tên cơ quan ở đầu bảng, đủ các phần
               (TTHC theo lĩnh vực, nhân sự, đào tạo, tiếp công dân). Một đơn vị vừa gửi riêng vừa có trong
               bảng tổng hợp chỉ được tính một lần (tệp gửi riêng bị loại, có ghi rõ hai tệp).
  rollup       Ghép bảng tổng hợp của các kỳ liên tiếp (hai quý thành 6 tháng, hai nửa năm thành năm) thành
               bảng của cả kỳ: hồ sơ từ kỳ trước chuyển sang lấy ở kỳ đầu, đang giải quyết lấy ở kỳ cuối, các số
               còn lại cộng dồn; nhân sự lấy ở kỳ cuối; đào tạo, tiếp công dân cộng dồn. Kỳ trùng nhau hoặc
               có khoảng trống là lỗi (bảng đó bị loại); số chuyển sang khác số đang giải quyết cuối kỳ
               trước là cảnh báo, nêu cả hai tệp.
  template     Ghi mẫu sổ tính để các đơn vị điền số liệu.
  check        Chỉ kiểm tra và in các phát hiện, không ghi gì.
  settings     Ghi trang DanhMuc (ngày nghỉ thêm, lĩnh vực, đơn vị, cách viết khác, cơ quan và người ký)
               với danh mục mặc định, để cơ quan sửa rồi dùng lại bằng --settings.
  report       Soạn văn bản báo cáo Word (.docx, thể thức Nghị định 30/2020/NĐ-CP) từ bảng tổng hợp do TongHop ghi
               (sổ tính .xlsx hoặc tệp JSON).

Tùy chọn:
  -o, --output   Tệp kết quả (.xlsx)
  --json         Ghi thêm số liệu tổng hợp dạng JSON
  --period       Nhãn kỳ báo cáo, ví dụ "6 tháng đầu năm 2025"
  --from         Ngày đầu kỳ (dd/mm/yyyy), dùng khi đơn vị không ghi
  --as-of        Ngày cuối kỳ / ngày tính (dd/mm/yyyy), dùng khi đơn vị không ghi
  --agency       Tên cơ quan ở đầu mỗi trang (mặc định: SỞ KHOA HỌC VÀ CÔNG NGHỆ) và của văn bản báo cáo,
                 viết như trong câu văn, ví dụ "Sở Khoa học và Công nghệ"
                 (khi bảng này được tổng hợp tiếp lên cấp trên, đây là tên đơn vị của nó)
  --settings     Danh mục của cơ quan: sổ tính có trang DanhMuc, hoặc tệp JSON. Mục sai được báo và
                 không được dùng (mã thoát 1); các mục khác vẫn được dùng. Tên cơ quan lấy từ đây khi
                 không có --agency.
  --expand       Bảng tổng hợp ở đầu vào được tách ra thành từng đơn vị của nó (tổng số không đổi)
  --units        Danh sách đơn vị phải báo cáo (.txt mỗi dòng một tên, hoặc .xlsx tên ở cột đầu trang đầu):
                 đơn vị chưa gửi được nêu trong KiemTra, ở đây và trong JSON (missingUnits). Tên được so khớp
                 không phân biệt hoa thường, dấu, khoảng trắng và tiền tố Phòng, Trung tâm, Chi cục…
  --previous     Bảng tổng hợp của kỳ trước hoặc cùng kỳ năm trước (.xlsx hoặc .json do TongHop ghi): các trang
                 TH_TTHC, TH_LinhVuc có thêm cột so sánh, đoạn văn báo cáo có câu so sánh
                 («tăng 10,4% so với cùng kỳ năm 2019»), JSON có mục previous
  --accept       Chấp nhận số liệu cộng lại của một tệp Có lỗi (tên tệp; dùng nhiều lần cho nhiều tệp):
                 phần có lỗi của tệp đó được tính vào tổng hợp theo số cộng lại, KiemTra ghi nhận việc chấp nhận.
  --file-timeout Thời gian tối đa để đọc mỗi tệp, tính bằng giây (mặc định 60; 0 là không giới hạn).
                 Tệp đọc quá thời gian này, hoặc làm hết bộ nhớ khi đọc, bị loại; các tệp khác vẫn được tổng hợp.
  --no-pad       Không viết số nhỏ hơn 10 thành hai chữ số (04) trong văn bản báo cáo
  --docx         Ghi thêm văn bản báo cáo Word (.docx)
  --docx-template, --template
                 Điền mẫu báo cáo Word của cơ quan thay cho thể thức của TongHop. Chỗ điền viết trong ngoặc nhọn:
                 {period.label}, {total.tthc.received}, {text.tthc}, {text.byField}, {text.staff},
                 {text.training}, {text.reception}, {rates.onTime}, {rates.online}, vòng lặp
                 {#units}{name}: {tthc.received}{/units}, {#fields}{name}: {received}{/fields}
                 (ví dụ: examples/mau-bao-cao.docx). Chỗ điền TongHop không biết được để nguyên và báo ra.

Tùy chọn của văn bản báo cáo (thiếu mục nào thì văn bản để chỗ trống trong ngoặc vuông để điền tay;
--place, --date và --signer cũng được ghi ở phần ký dưới mỗi bảng tổng hợp):
  --governing-body  Cơ quan chủ quản, ví dụ "UBND tỉnh Tây Ninh"
  --number          Số, ký hiệu, ví dụ "125/BC-SKHCN"
  --place           Địa danh, ví dụ "Tây Ninh"
  --date            Ngày ký (dd/mm/yyyy); không ghi thì để "ngày … tháng … năm …"
  --signer-title    Chức vụ người ký, các dòng cách nhau bằng |, ví dụ "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"
  --signer          Họ và tên người ký
  --recipients      Nơi nhận, cách nhau bằng dấu chấm phẩy, ví dụ "UBND tỉnh; Sở Nội vụ; Lưu: VT, VP."
  --quiet        Không in tiến trình
  -h, --help     Trợ giúp;  -v, --version  Phiên bản

Mã thoát: 0 thành công (có thể có cảnh báo); 1 có tệp bị loại, tệp Có lỗi chưa được chấp nhận hoặc danh mục
          có mục sai (bảng tổng hợp vẫn được ghi, không có phần số liệu có lỗi);
          2 sai cú pháp hoặc không có tệp nào dùng được.
Tiến trình và thông báo in ra stderr; stdout chỉ dành cho kết quả của lệnh check.`;

const VALUED = [
  '-o',
  '--output',
  '--json',
  '--period',
  '--from',
  '--as-of',
  '--unit',
  '--units',
  '--previous',
  '--file-timeout',
  '--docx',
  '--docx-template',
  '--template',
  '--settings',
  '--accept',
  ...REPORT_OPTIONS,
];
const BOOLEANS = ['--no-pad', '--expand', '--quiet', '-h', '--help', '-v', '--version'];

export async function main(argv: string[], io: Io, version: string): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      io.out(version);
      return 0;
    }
    const booleans = command === 'check' ? [...BOOLEANS, '--json'] : BOOLEANS;
    const valued = command === 'check' ? VALUED.filter((v) => v !== '--json') : VALUED;
    const args = parseArgs(rest, valued, booleans);
    if (args.options.has('-h') || args.options.has('--help')) {
      io.out(HELP);
      return 0;
    }
    switch (command) {
      case 'consolidate':
        return await consolidateCommand(args, io);
      case 'rollup':
        return await rollupCommand(args, io);
      case 'template':
        return await templateCommand(args, io);
      case 'check':
        return await checkCommand(args, io);
      case 'report':
        return await reportCommand(args, io);
      case 'settings':
        return await settingsCommand(args, io);
      default:
        throw new UsageError(
          `Không có lệnh «${command}». Các lệnh: consolidate, rollup, template, check, report, settings.`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Lỗi: ${e.message}\nXem: tonghop --help`);
      return 2;
    }
    throw e;
  }
}
