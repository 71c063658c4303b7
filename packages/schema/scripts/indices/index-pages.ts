/**
 * What is known of each web page the index values were transcribed from (the
 * addresses of ../shared/data/indices/): who publishes the site, in which
 * language the page is written, and whether the page is the publisher of the
 * figures itself (PRIMARY) or reports figures published by someone else.
 */
import type { SourceLanguage, SourceRole } from '../../src/db/source-document.table.js';

/** Outlet or body behind each host, as it names itself. Hosts not listed have no publisher we can name (mirrors, copies). */
const PUBLISHERS: Record<string, string> = {
  'amp.cand.com.vn': 'Báo Công an Nhân dân',
  'anninhthudo.vn': 'Báo An ninh Thủ đô',
  'backan.gov.vn': 'Cổng thông tin điện tử tỉnh Bắc Kạn',
  'baobinhduong.vn': 'Báo Bình Dương',
  'baodanang.vn': 'Báo Đà Nẵng',
  'baohoabinh.com.vn': 'Báo Hòa Bình',
  'baolangson.vn': 'Báo Lạng Sơn',
  'baomoi.com': 'Báo Mới',
  'baomoi.net.vn': 'Báo Mới',
  'baothanhhoa.vn': 'Báo Thanh Hóa',
  'chuongtrinhmtqg.baodantoc.vn': 'Báo Dân tộc và Phát triển',
  'chuyendoiso.namdinh.gov.vn': 'Cổng chuyển đổi số tỉnh Nam Định',
  'daidoanket.vn': 'Báo Đại Đoàn Kết',
  'dantri.com.vn': 'Báo Dân trí',
  'diendandoanhnghiep.vn': 'Tạp chí Diễn đàn Doanh nghiệp',
  'doingoai.tuyenquang.gov.vn': 'Cổng thông tin đối ngoại tỉnh Tuyên Quang',
  'doingoailaocai.vn': 'Cổng thông tin đối ngoại tỉnh Lào Cai',
  'dti.gov.vn': 'Bộ Thông tin và Truyền thông',
  'en.dangcongsan.vn': 'Báo Điện tử Đảng Cộng sản Việt Nam',
  'en.sggp.org.vn': 'Báo Sài Gòn Giải Phóng',
  'huunghi.haugiang.gov.vn': 'Cổng thông tin điện tử tỉnh Hậu Giang',
  'kinhdoanhvatiepthi.vn': 'Tạp chí Kinh doanh và Tiếp thị',
  'kinhtedothi.vn': 'Báo Kinh tế & Đô thị',
  'laocaitv.vn': 'Đài Phát thanh và Truyền hình Lào Cai',
  'lite.baomoi.com': 'Báo Mới',
  'm.antoanthongtin.gov.vn': 'Tạp chí An toàn thông tin',
  'm.en.baobacgiang.com.vn': 'Báo Bắc Giang',
  'm.vovworld.vn': 'VOV World (Đài Tiếng nói Việt Nam)',
  'mic.gov.vn': 'Bộ Thông tin và Truyền thông',
  'news.baolongan.vn': 'Báo Long An',
  'news.laodong.vn': 'Báo Lao Động',
  'sggpnews.org.vn': 'Báo Sài Gòn Giải Phóng',
  'skhdt.bacninh.gov.vn': 'Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh',
  'stttt.bacninh.gov.vn': 'Sở Thông tin và Truyền thông tỉnh Bắc Ninh',
  'stttt.langson.gov.vn': 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  'stttt.tuyenquang.gov.vn': 'Sở Thông tin và Truyền thông tỉnh Tuyên Quang',
  'susta.vn': 'Tạp chí Phát triển bền vững (susta.vn)',
  'tab.baohaiduong.vn': 'Báo Hải Dương',
  'tacnghiep.tuoitrethudo.vn': 'Báo Tuổi trẻ Thủ đô',
  'tapchisonghuong.com.vn': 'Tạp chí Sông Hương',
  'thainguyentv.vn': 'Đài Phát thanh và Truyền hình Thái Nguyên',
  'thoibaotaichinhvietnam.vn': 'Thời báo Tài chính Việt Nam',
  'thuvienphapluat.vn': 'Thư viện Pháp luật',
  'tincongnghe.net': 'Tin Công Nghệ',
  'travel.org.vn': 'travel.org.vn',
  'travinh.gov.vn': 'Cổng thông tin điện tử tỉnh Trà Vinh',
  'vietbao.vn': 'Việt Báo',
  'vietnam.vn': 'Vietnam.vn',
  'vietnamnet.vn': 'Báo VietNamNet',
  'viettimes.vn': 'Báo VietTimes',
  'vinhphuc.gov.vn': 'Cổng thông tin điện tử tỉnh Vĩnh Phúc',
  'vccinews.com': 'VCCI News (Liên đoàn Thương mại và Công nghiệp Việt Nam)',
  'vneconomy.vn': 'Tạp chí Kinh tế Việt Nam (VnEconomy)',
  'voh.com.vn': 'Đài Tiếng nói Nhân dân TP. Hồ Chí Minh (VOH)',
  'vtc.vn': 'Báo VTC News',
  'vtcnews.vn': 'Báo VTC News',
  'yenbai.gov.vn': 'Cổng thông tin điện tử tỉnh Yên Bái',
};

/**
 * Hosts that publish the rankings themselves (the ministry running the index).
 * Everything else relays figures published by the ministry: SECONDARY.
 */
const PRIMARY_HOSTS = new Set(['dti.gov.vn', 'mic.gov.vn']);

/**
 * Pages written in English although their host does not say so by an `en.`
 * prefix or an `/en/` path (read from their slugs and the province names they
 * print without diacritics).
 */
const ENGLISH_HOSTS = new Set([
  'travel.org.vn',
  'sggpnews.org.vn',
  'ufabetindo.in',
  'vccinews.com',
  'thoibaotaichinhvietnam.vn',
  'news.baolongan.vn',
  'demo1022.hasontech.vn',
]);

export function pageHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export interface PageFacts {
  host: string;
  publisher: string | null;
  language: SourceLanguage;
  role: SourceRole;
}

export function pageFacts(url: string): PageFacts {
  const u = new URL(url);
  const host = pageHost(url);
  const english = /^(m\.)?en\./.test(host) || /^\/en(-[a-z]{2})?\//i.test(u.pathname) || ENGLISH_HOSTS.has(host);
  return {
    host,
    publisher: PUBLISHERS[host] ?? null,
    language: english ? 'en' : 'vi',
    role: PRIMARY_HOSTS.has(host) ? 'PRIMARY' : 'SECONDARY',
  };
}
