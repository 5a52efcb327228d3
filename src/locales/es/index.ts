import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const es: LocaleData = { tag: 'es', code: 'spa', name: 'Spanish', abbreviations, ordinalDot: false, speech: loadSpeech('es') };
