// The signed-in editor: a bearer token pasted on the sign-in page, kept for this browser tab only.
const KEY = 'analyst.token';

export const token = () => sessionStorage.getItem(KEY);

export function signIn(value) {
  sessionStorage.setItem(KEY, value.trim().replace(/^Bearer\s+/i, ''));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims, read without checking it: the API checks it on every mutation. */
export function claims() {
  try {
    const payload = token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch {
    return null;
  }
}

export const isEditor = () => {
  const groups = claims()?.groups ?? [];
  return groups.includes('editor') || groups.includes('admin');
};
