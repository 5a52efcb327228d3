import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const it: LocaleData = { tag: 'it', code: 'ita', name: 'Italian', abbreviations, ordinalDot: false, speech: loadSpeech('it') };
