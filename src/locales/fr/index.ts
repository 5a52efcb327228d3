import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const fr: LocaleData = { tag: 'fr', code: 'fra', name: 'French', abbreviations, ordinalDot: false, speech: loadSpeech('fr'), figures: loadFigures('fr'), dates: loadDates('fr') };
