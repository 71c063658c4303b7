import { describe, expect, it } from 'vitest';
import { loadAreas } from '../src/geography/geography.data.js';
import { provinceOfOutletAddress } from '../src/geography/outlet-address.js';

const pre2025 = loadAreas('pre2025');
const provinces = pre2025.filter((a) => a.level === 'PROVINCE');
const code = (url: string): string | undefined => provinceOfOutletAddress(url, pre2025)?.code;

describe('province of an outlet address', () => {
  it('reads provincial portals and their departments and districts: <province>.gov.vn', () => {
    expect(code('https://tayninh.gov.vn/vi/news/1.html')).toBe('72');
    expect(code('https://sotttt.tayninh.gov.vn/vi/news/1.html')).toBe('72');
    expect(code('http://www.nghean.gov.vn/a')).toBe('40');
    expect(code('https://honquan.binhphuoc.gov.vn/tin')).toBe('70');
    // Hyphens inside the name: "baria-vungtau".
    expect(code('http://ttkhcn.baria-vungtau.gov.vn/annhut/news.aspx?id=1')).toBe('77');
  });

  it('reads provincial newspapers: bao<province>, on any sub-site', () => {
    expect(code('https://baodongthap.vn/cai-cach/x-1.aspx')).toBe('87');
    expect(code('http://baobacninh.com.vn/news_detail/1/x.html')).toBe('27');
    expect(code('https://news.baohaiduong.vn/print/1.html')).toBe('30');
    expect(code('http://m.baothainguyen.vn/tin-tuc/x.html')).toBe('19');
    expect(code('https://baodaknong.vn/print/1.html')).toBe('67');
  });

  it('takes one-word aliases of the shared alias list', () => {
    expect(code('https://hanoi.gov.vn/tin-tuc')).toBe('01');
    expect(code('https://baokontum.com.vn/x')).toBe('62');
  });

  it('names no province for national outlets, ministries, aggregators and foreign sites', () => {
    for (const url of [
      'https://mic.gov.vn/pages/tintuc/1.aspx',
      'https://baophapluat.vn/binh-thuan-dat-chi-tieu-post1.html',
      'https://lite.baomoi.com/x.epi',
      'https://en.vietnamplus.vn/da-nang-tops-vietnam-ict-index/1.vnp',
      'https://www.vietnam.vn/en/quang-tri-dat-trang-thai-xanh',
      'http://fujian.chinadaily.com.cn/2020-05/08/c_1.htm',
      'https://example.org/baodongthap',
      'not a url at all',
      '',
    ]) {
      expect(code(url), url).toBeUndefined();
    }
  });

  it('derives its names from the geography data, one per province', () => {
    // Every province has an address of its own: no two provinces fold to the same one-word name.
    const found = new Set(provinces.map((p) => code(`https://bao${p.nameVi.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z]/g, '').toLowerCase()}.vn/`)));
    expect(found.size).toBe(provinces.length);
    expect(found.has(undefined)).toBe(false);
  });
});
