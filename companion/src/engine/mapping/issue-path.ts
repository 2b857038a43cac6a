/** Renders a property path the way people read JSON: `pairings[0].fields[3].transform`. */
export function formatPath(path: readonly PropertyKey[]): string {
    let text = '';
    for (const part of path) {
        if (typeof part === 'number') text += `[${part}]`;
        else text += text === '' ? String(part) : `.${String(part)}`;
    }
    return text === '' ? '(root)' : text;
}
