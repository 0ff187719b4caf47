// The lesson page: htmx grades the exercises; this module shows refused submissions (a rate
// limit, a server error) in the verdict box instead of silently doing nothing.

import { installHtmxErrors } from './htmx-errors.js';

installHtmxErrors(document);
