/**
 * Where the guide's content lives. Tests point GUIDE_CONTENT_DIR at a fixture folder to prove
 * that bad content stops the build.
 */
export const contentDir = process.env['GUIDE_CONTENT_DIR'] ?? 'content';
