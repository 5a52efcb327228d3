import type { LocaleData } from '../types.js';
import { abbreviations } from './abbreviations.js';

export const fr: LocaleData = { tag: 'fr', code: 'fra', name: 'French', abbreviations, ordinalDot: false };
