import type { LocaleData } from '../types.js';
import { loadDates, loadFigures, loadSpeech } from '../locale-file.js';
import { abbreviations } from './abbreviations.js';

export const en: LocaleData = { tag: 'en', code: 'eng', name: 'English', abbreviations, ordinalDot: false, speech: loadSpeech('en'), figures: loadFigures('en'), dates: loadDates('en') };
