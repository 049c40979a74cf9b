// For Node tools and tests, which render English synchronously: import for its effect.
import { registerLocale } from './i18n';
import { en } from './messages/en';

registerLocale('en', en);
import './deferred-fr';
