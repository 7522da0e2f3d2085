/** What the fake does where the WPS documentation is silent; every test of an unknown sets it both ways. */
import type { MemberVariant } from './expose';

export interface FakeWpsOptions {
  workbookName?: string;
  /** Property-or-method form of the members (expose.ts). Default 'typings'. */
  members?: MemberVariant;
  /**
   * An error value's Value2: its text ('text', e.g. "#DIV/0!") or the COM error code ('code',
   * -2146826281), as VBA's CVErr crosses a COM bridge. Not documented for JS. Default 'text'.
   */
  errorValues?: 'text' | 'code';
  /** NumberFormat of a block whose cells differ: null (VBA) or a 2-D array. Default 'null'. */
  mixedFormats?: 'null' | 'array';
  /**
   * MergeCells of a block partly merged: null (VBA's usual Variant for mixed) or true (the VBA
   * reference only says "True if the range contains merged cells"). Default 'null'.
   */
  mixedMerges?: 'null' | 'true';
  /** Value2 of an empty cell: undefined (VBA Empty) or "". Default undefined. */
  emptyValue?: 'undefined' | 'empty-string';
  /** Workbook.CustomXMLParts exists (declared in wps-jsapi; support in builds unverified). Default true. */
  customXml?: boolean;
  /** Application.ApiEvent exists (wpsjs templates; older builds may lack it). Default true. */
  events?: boolean;
  /**
   * What Range.Find returns when nothing matches: VBA returns Nothing, which a JS bridge may
   * hand over as null or undefined (not documented for JS). Default 'null'.
   */
  findMiss?: 'null' | 'undefined';
  /** No workbook open: ActiveWorkbook is null. */
  noWorkbook?: boolean;
}

export type ResolvedOptions = Required<FakeWpsOptions>;

export function resolve(options: FakeWpsOptions): ResolvedOptions {
  return {
    workbookName: options.workbookName ?? '决算.xlsx',
    members: options.members ?? 'typings',
    errorValues: options.errorValues ?? 'text',
    mixedFormats: options.mixedFormats ?? 'null',
    emptyValue: options.emptyValue ?? 'undefined',
    mixedMerges: options.mixedMerges ?? 'null',
    customXml: options.customXml ?? true,
    events: options.events ?? true,
    findMiss: options.findMiss ?? 'null',
    noWorkbook: options.noWorkbook ?? false,
  };
}
