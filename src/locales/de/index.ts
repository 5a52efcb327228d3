import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const de: LocaleData = { tag: 'de', code: 'deu', name: 'German', abbreviations, ordinalDot: true, speech: loadSpeech('de') };
