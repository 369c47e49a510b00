// Marks the page as JavaScript-capable, so that CSS can hand the mobile menu to the
// style guide's modal script; without JavaScript every link stays visible.
document.documentElement.classList.add("js");
