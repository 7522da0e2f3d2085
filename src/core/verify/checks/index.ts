import { VerifyCheck } from '../context';
import { checkAmounts } from './amount';
import { checkCompletionRates } from './completion';
import { checkCounts } from './counts';
import { checkDifferences } from './difference';
import { checkDirections } from './direction';
import { checkEmptySchedules } from './empty-schedules';
import { checkFlat } from './flat';
import { checkMainItems } from './main-items';
import { checkPackageContent } from './package-content';
import { checkPercentSigns } from './percent-sign';
import { checkPlaceholders } from './placeholders';
import { checkGrowthRates } from './rate';
import { checkReasons } from './reasons';
import { checkSangongCounts } from './sangong-counts';
import { checkSectionsPresent } from './sections-present';
import { checkShares } from './share';
import { checkSubjectNames } from './subject-names';
import { checkUnitName } from './unit-name';
import { checkZeroBases } from './zero-base';

/** Every check, in the order findings are listed for one sentence. */
export const CHECKS: VerifyCheck[] = [
  checkUnitName,
  checkSectionsPresent,
  checkPlaceholders,
  checkAmounts,
  checkCounts,
  checkDifferences,
  checkDirections,
  checkGrowthRates,
  checkShares,
  checkCompletionRates,
  checkZeroBases,
  checkPercentSigns,
  checkFlat,
  checkSubjectNames,
  checkMainItems,
  checkPackageContent,
  checkSangongCounts,
  checkEmptySchedules,
  checkReasons,
];
