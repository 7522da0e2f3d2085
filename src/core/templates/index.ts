/**
 * The template registry with the built-in sets (national, Sichuan 2021, Sichuan 2023+) and
 * styles (四川, 全国) registered. Import template facts from here, never from the entries.
 */
import { NATIONAL_STYLE } from '../narrative/styles/national';
import { SICHUAN_STYLE } from '../narrative/styles/sichuan';
import { NATIONAL_SET } from './national';
import { registerStyle, registerTemplateSet } from './registry';
import { SICHUAN_2021_SET, SICHUAN_2023_SET } from './sichuan';

registerStyle(SICHUAN_STYLE);
registerStyle(NATIONAL_STYLE);
registerTemplateSet(NATIONAL_SET);
registerTemplateSet(SICHUAN_2021_SET);
registerTemplateSet(SICHUAN_2023_SET);

export * from './registry';
export type { PackPart, TemplateCues, TemplateEntry, TemplateSet } from './template-set';
