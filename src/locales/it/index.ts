import type { LocaleData } from '../types.js';
import { abbreviations } from './abbreviations.js';

export const it: LocaleData = { tag: 'it', code: 'ita', name: 'Italian', abbreviations, ordinalDot: false };
