// The page's calls to the playground server (/play) and its change stream.

async function post(path, body) {
  const response = await fetch(`/play/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

export const api = {
  state: async (as) => {
    const response = await fetch(`/play/state?as=${encodeURIComponent(as ?? "")}`);
    if (!response.ok) throw new Error(`state: HTTP ${response.status}`);
    return response.json();
  },
  send: (body) => post("send", body),
  action: (body) => post("action", body),
  submit: (body) => post("submit", body),
  close: (body) => post("close", body),
  home: (body) => post("home", body),
  clock: (step) => post("clock", { step }),
  seed: () => post("seed", {}),
  read: (body) => post("read", body),
  language: (body) => post("language", body),
};

/** Calls onChange(version) whenever the workspace changes; onStatus(connected) on (re)connects. */
export function watch(onChange, onStatus) {
  const source = new EventSource("/play/events");
  source.onmessage = (event) => onChange(Number(event.data));
  source.onopen = () => onStatus(true);
  source.onerror = () => onStatus(false);
  return () => source.close();
}
