// `npm start`: the main job for now. Checks the examples with the freshly built CLI, as an
// instructor would check a folder, and says where the editor and the map will appear.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log('$ argmap check examples');
const check = spawnSync(process.execPath, [path.join(root, 'out/cli.cjs'), 'check', 'examples'], { cwd: root, stdio: 'inherit' });
console.log(`
The examples are in ${path.join(root, 'examples')}.
Try the CLI on your own files:   npm run argmap -- check path/to/folder
                                 npm run argmap -- export examples/tutorial.argmap --format json
Any LSP editor can use the language server:  node out/cli.cjs lsp --stdio
The VS Code extension (live diagnostics and the map beside the text) is the next milestone;
this command will then open the examples in VS Code (or a local code-server).`);
process.exitCode = check.status ?? 1;
