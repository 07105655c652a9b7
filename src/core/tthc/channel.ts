import registerData from './data/register-columns.json';
import { createLabelMatcher } from '../text/labels';
import { memoize } from '../text/memo';
import { repairVietnamese } from '../text/legacy';
import type { Channel } from './types';

const matchChannel = createLabelMatcher([
  { label: 'online', synonyms: registerData.onlineChannels },
  { label: 'inPerson', synonyms: registerData.inPersonChannels },
]);

/** Reads `Hình thức tiếp nhận` (`Trực tuyến`, `DVC mức 4`, `Trực tiếp`, `Bưu chính`…); null when unknown. */
export function parseChannel(text: string): Channel | null {
  return channelOf(text);
}

/** Once per distinct text, legacy repair included: a register repeats a handful of channels thousands of times. */
const channelOf = memoize((text: string) => matchChannel(repairVietnamese(text).text) as Channel | null);
