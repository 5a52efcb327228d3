import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const ru: LocaleData = { tag: 'ru', code: 'rus', name: 'Russian', abbreviations, ordinalDot: false, speech: loadSpeech('ru'), figures: loadFigures('ru'), dates: loadDates('ru') };
