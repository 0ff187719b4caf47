// The lesson page: htmx grades the exercises; this module shows refused submissions (a rate
// limit, a server error) in the verdict box instead of silently doing nothing, and sizes the
// embedded sandboxes to their content (lesson-frame.js).

import { installHtmxErrors } from './htmx-errors.js';
import { fitFrames } from './lesson-frame.js';

installHtmxErrors(document);
fitFrames(document, window);
