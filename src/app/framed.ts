/** True inside a frame of another origin (reading the top page's address then throws). */
export function framedByAnotherOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
