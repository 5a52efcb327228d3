import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const it: LocaleData = { tag: 'it', code: 'ita', name: 'Italian', abbreviations, ordinalDot: false, speech: loadSpeech('it'), figures: loadFigures('it'), dates: loadDates('it') };
