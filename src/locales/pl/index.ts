import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const pl: LocaleData = { tag: 'pl', code: 'pol', name: 'Polish', abbreviations, ordinalDot: true, speech: loadSpeech('pl') };
