import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const nl: LocaleData = { tag: 'nl', code: 'nld', name: 'Dutch', abbreviations, ordinalDot: false, speech: loadSpeech('nl') };
