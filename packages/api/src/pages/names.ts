import type { AreaRow, IndicatorRow } from '@egov-vn/schema';
import type { Lang } from './i18n.js';

export const indicatorName = (i: Pick<IndicatorRow, 'name_vi' | 'name_en'>, lang: Lang) => (lang === 'en' ? i.name_en : i.name_vi);
export const areaName = (a: Pick<AreaRow, 'full_name_vi' | 'full_name_en'>, lang: Lang) => (lang === 'en' ? a.full_name_en : a.full_name_vi);
/** Our address part of an area: geography and code, the API's area-ref format ("pre2025:17"). */
export const areaRef = (a: Pick<AreaRow, 'geography' | 'code'>) => `${a.geography}:${a.code}`;
/** The short name charts label an area with ("Đà Nẵng", not "Thành phố Đà Nẵng"). */
export const areaShortName = (a: Pick<AreaRow, 'name_vi' | 'name_en'>, lang: Lang) => (lang === 'en' ? a.name_en : a.name_vi);
