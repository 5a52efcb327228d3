import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const en: LocaleData = { tag: 'en', code: 'eng', name: 'English', abbreviations, ordinalDot: false, speech: loadSpeech('en') };
