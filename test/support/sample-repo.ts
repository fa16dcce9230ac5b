import { FIX_LOGIN as RECORDED, EXAMPLE_REPO, LOGIN_SPEC } from '../../src/demo/example.js';

/** The demo's example repository: a login bug and a failing test. */
export const SAMPLE_REPO = EXAMPLE_REPO;
export { LOGIN_SPEC };

export const FIX_LOGIN = {
  ...RECORDED,
  /** A first attempt that does not fix the bug (the test keeps failing). */
  wrongEdit: {
    tools: [
      {
        name: 'edit_file',
        args: {
          path: 'src/login.js',
          old_text: '  const user = users[name];\n',
          new_text: '  const user = users[name];\n  if (!password) return false;\n',
        },
      },
    ],
  },
};
