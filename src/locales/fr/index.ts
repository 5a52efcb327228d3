import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const fr: LocaleData = { tag: 'fr', code: 'fra', name: 'French', abbreviations, ordinalDot: false, speech: loadSpeech('fr') };
