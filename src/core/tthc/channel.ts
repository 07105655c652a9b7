import registerData from './data/register-columns.json';
import { createLabelMatcher, repairVietnamese } from '../text';
import type { Channel } from './types';

const matchChannel = createLabelMatcher([
  { label: 'online', synonyms: registerData.onlineChannels },
  { label: 'inPerson', synonyms: registerData.inPersonChannels },
]);

/** Reads `Hình thức tiếp nhận` (`Trực tuyến`, `DVC mức 4`, `Trực tiếp`, `Bưu chính`…); null when unknown. */
export function parseChannel(text: string): Channel | null {
  return matchChannel(repairVietnamese(text).text) as Channel | null;
}
