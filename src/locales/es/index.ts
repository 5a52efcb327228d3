import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const es: LocaleData = { tag: 'es', code: 'spa', name: 'Spanish', abbreviations, ordinalDot: false, speech: loadSpeech('es'), figures: loadFigures('es'), dates: loadDates('es') };
