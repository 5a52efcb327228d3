import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const pt: LocaleData = { tag: 'pt', code: 'por', name: 'Portuguese', abbreviations, ordinalDot: false, speech: loadSpeech('pt'), figures: loadFigures('pt'), dates: loadDates('pt') };
