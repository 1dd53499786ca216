/**
 * The pure text layer: plain values in, plain values out, no browser globals.
 * Table of contents — every public export of src/text.
 */
export { countStrong, firstStrongDirection, isRtlLanguage, textDirection, type Dir } from './direction';
export {
  LATIN_FALLBACK_LANGUAGE,
  dominantScript,
  guessLanguageFromScript,
  normalizeLangTag,
  primaryLanguage,
  resolveBlockLanguage,
  scriptOfLanguage,
} from './language';
export { SCRIPT_NAMES, countScripts, dominantOf, type ScriptCounts, type ScriptName } from './scripts';
export {
  arabicScriptEvidence,
  confidentArabicScriptLanguage,
  guessArabicScriptLanguage,
  type ArabicScriptEvidence,
  type ArabicScriptLanguage,
} from './arabic-script-language';
export { DEFAULT_MAX_UTTERANCE, splitSentences, toUtterances, type Utterance } from './sentences';
export { BLANK, isAbbreviationBreak, sentenceRanges, trimRange, type TextRange } from './sentence-ranges';
export { PIECE_SIZE, getSegmenter, segmentText, type Granularity, type Segment } from './segmenter';
export { chunkRange } from './chunk';
export {
  chooseVoice,
  groupVoicesByLanguage,
  voiceLabel,
  voicesForLanguage,
  type VoiceGroup,
  type VoiceLike,
} from './voices';
export {
  DEFAULT_LINE_HEIGHT,
  DEFAULT_STEP,
  MAX_LINE_HEIGHT,
  MAX_STEP,
  MIN_LINE_HEIGHT,
  MIN_STEP,
  canGrow,
  canShrink,
  clampStep,
  lineHeightFor,
  stepToPx,
} from './font-steps';
export {
  CHARACTERS_PER_MINUTE,
  DEFAULT_WORDS_PER_MINUTE,
  WORDS_PER_MINUTE,
  readingMinutes,
  readingTime,
  wordCount,
} from './reading-time';
