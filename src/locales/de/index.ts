import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const de: LocaleData = { tag: 'de', code: 'deu', name: 'German', abbreviations, ordinalDot: true, speech: loadSpeech('de'), figures: loadFigures('de'), dates: loadDates('de') };
