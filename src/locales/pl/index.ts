import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const pl: LocaleData = { tag: 'pl', code: 'pol', name: 'Polish', abbreviations, ordinalDot: true, speech: loadSpeech('pl'), figures: loadFigures('pl'), dates: loadDates('pl') };
