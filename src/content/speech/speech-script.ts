/**
 * The speech script's entry: injected into a tab the first time speech is asked for there (see api.ts). It only
 * hands the room's factory to the content script, which is already in the page.
 */
import { provideSpeechRoom } from './api';
import { SpeechSession } from './speech-session';

provideSpeechRoom((host) => new SpeechSession(host));
