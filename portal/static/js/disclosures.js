// The header's menu and search, and the catalog's filters, are <details> elements: they open and close without
// this script. It only adds what <details> cannot do alone: from 992 px they are open as a bar or a sidebar (for
// browsers whose CSS cannot show a closed one's content), one header panel at a time on a phone, Escape closes a
// header panel and gives the focus back to its button, and opening the search puts the cursor in its field.
(function () {
    "use strict";
    var wide = window.matchMedia("(min-width: 992px)");
    var wideOpen = document.querySelectorAll("[data-open-when-wide]");
    var headerPanels = document.querySelectorAll("[data-header-disclosure]");

    function layOut() {
        wideOpen.forEach(function (disclosure) {
            disclosure.open = wide.matches;
        });
    }

    if (wide.matches) {
        layOut();
    }
    wide.addEventListener("change", layOut);

    headerPanels.forEach(function (disclosure) {
        disclosure.addEventListener("toggle", function () {
            if (wide.matches || !disclosure.open) {
                return;
            }
            headerPanels.forEach(function (other) {
                if (other !== disclosure) {
                    other.open = false;
                }
            });
            var field = disclosure.querySelector("input[type=search]");
            if (field) {
                field.focus();
            }
        });
    });

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || wide.matches) {
            return;
        }
        headerPanels.forEach(function (disclosure) {
            if (disclosure.open) {
                disclosure.open = false;
                if (disclosure.contains(document.activeElement)) {
                    disclosure.querySelector("summary").focus();
                }
            }
        });
    });
})();
