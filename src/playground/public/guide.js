// The guided start: a first visit opens as the housing consultant with one hint for the first
// step (file a complaint), and after each step says whom to switch to next and why — worker, then
// coordinator, then the clock. Dismissed or finished, it stays away on later visits.

import { t } from "./i18n.js";

const KEY = "nabuur-playground-guide";
const $ = (id) => document.getElementById(id);

// The demo's people the tour follows (src/playground/demo-data.ts).
const PETRA = "U0PETRA001";
const SANNE = "U0SANNE001";
const KARIM = "U0KARIM001";

const STEPS = ["complaint", "assess", "overview", "clock", "done"];
const WHO = { complaint: PETRA, assess: SANNE, overview: KARIM };
const CHANNEL = {
  complaint: "overlast-ons-dak",
  assess: "zorgteam-lindeveld",
  overview: "zorgteam-lindeveld",
};

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "null");
  } catch {
    return null;
  }
}

function save(state) {
  localStorage.setItem(KEY, JSON.stringify(state));
}

/**
 * app: { viewAs(userId, channelName), fill(text, channelName), clockNextWorkday() }.
 * The hooks (submitted, clicked, commandSent, clockMoved) move the tour on.
 */
export function createGuide(app) {
  let state = load();
  let data = null;
  let me = null;

  function go(step) {
    state = { step };
    save(state);
    render();
  }

  function close() {
    state = { closed: true };
    save(state);
    render();
  }

  function at(step) {
    return state?.step === step;
  }

  function render() {
    const node = $("guide");
    const step = state?.step;
    const texts = step ? t().guide[step] : null;
    const who = WHO[step];
    const person = who ? data?.members.find((member) => member.userId === who) : null;
    // Only for the demo's people; a workspace without them has no tour.
    if (!texts || !data || (who && !person)) {
      node.hidden = true;
      return;
    }
    const number = STEPS.indexOf(step) + 1;
    const elsewhere = who && me !== who;
    $("guide-title").textContent =
      step === "done" ? texts.title : `${t().guide.step(number, STEPS.length - 1)}: ${texts.title}`;
    $("guide-body").textContent = elsewhere && texts.switch ? texts.switch : texts.body;
    const action = $("guide-action");
    let label = null;
    let run = null;
    if (elsewhere) {
      label = `${t().viewAs} ${person.name.split(" ")[0]}`;
      run = () => app.viewAs(who, CHANNEL[step]);
    } else if (step === "complaint") {
      label = texts.action;
      run = () => app.fill(t().guide.complaintCommand, CHANNEL.complaint);
    } else if (step === "overview") {
      label = texts.fill;
      run = () => app.fill("/nabuur overzicht", null);
    } else if (step === "clock") {
      label = t().clockSteps.nextWorkday;
      run = () => app.clockNextWorkday();
    } else if (step === "done") {
      label = texts.action;
      run = close;
    }
    action.hidden = !label;
    action.textContent = label ?? "";
    action.onclick = run;
    $("guide-dismiss").setAttribute("aria-label", t().guideDismiss);
    node.hidden = false;
  }

  $("guide-dismiss").addEventListener("click", close);

  return {
    /** No tour seen yet in this browser: start it (the page opens as the housing consultant). */
    get firstVisit() {
      return state === null;
    },
    firstPerson: PETRA,
    start() {
      go("complaint");
    },
    restart() {
      go("complaint");
      app.viewAs(PETRA, CHANNEL.complaint);
    },
    update(nextData, nextMe) {
      data = nextData;
      me = nextMe;
      render();
    },
    render,
    /** A modal was submitted and closed without errors. */
    submitted(callbackId) {
      if (at("complaint") && me === PETRA && callbackId?.startsWith("nabuur.form.complaint")) go("assess");
    },
    clicked(actionId) {
      if (at("assess") && me === SANNE && actionId?.startsWith("nabuur.case.assessment.confirm"))
        go("overview");
    },
    commandSent(text) {
      if (at("overview") && me === KARIM && /^\/nabuur\s+(overzicht|overview)\b/i.test(text.trim()))
        go("clock");
    },
    clockMoved() {
      if (at("clock")) go("done");
    },
  };
}
