import type { LocaleData } from '../types.js';
import { loadSpeech } from '../speech-file.js';
import { abbreviations } from './abbreviations.js';

export const ru: LocaleData = { tag: 'ru', code: 'rus', name: 'Russian', abbreviations, ordinalDot: false, speech: loadSpeech('ru') };
