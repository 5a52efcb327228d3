import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const pt: LocaleData = { tag: 'pt', code: 'por', name: 'Portuguese', abbreviations, ordinalDot: false, speech: loadSpeech('pt') };
