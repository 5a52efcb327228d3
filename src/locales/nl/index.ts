import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const nl: LocaleData = { tag: 'nl', code: 'nld', name: 'Dutch', abbreviations, ordinalDot: false, speech: loadSpeech('nl'), figures: loadFigures('nl'), dates: loadDates('nl') };
