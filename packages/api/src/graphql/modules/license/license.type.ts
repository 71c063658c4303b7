import { CODE_LICENSE, DATA_LICENSE, type LicenseInfo } from '@egov-vn/schema';
import { builder } from '../../builder.js';

export const LicenseType = builder.objectRef<LicenseInfo & { attribution?: string; scope?: string }>('License').implement({
  description: 'A licence: its SPDX identifier, name and address.',
  fields: (t) => ({
    spdx: t.exposeString('spdx', { description: 'SPDX identifier, e.g. "CC-BY-4.0".' }),
    name: t.exposeString('name', { description: 'Its full name, e.g. "Creative Commons Attribution 4.0 International".' }),
    url: t.exposeString('url', { description: 'Address of the licence text; empty when the licence is not one this API knows.' }),
    attribution: t.string({ nullable: true, description: 'How to credit the work when reusing it.', resolve: (l) => l.attribution ?? null }),
    scope: t.string({ nullable: true, description: 'What the licence covers.', resolve: (l) => l.scope ?? null }),
  }),
});

builder.queryFields((t) => ({
  dataLicense: t.field({
    nullable: true,
    type: LicenseType,
    description:
      "The licence of the egov-vn data compilation (CC BY 4.0). Each source keeps its own rights: see `Source.rights`.",
    resolve: () => DATA_LICENSE,
  }),
  codeLicense: t.field({ nullable: true, type: LicenseType, description: 'The licence of the egov-vn software and SDK (MIT).', resolve: () => CODE_LICENSE }),
}));
