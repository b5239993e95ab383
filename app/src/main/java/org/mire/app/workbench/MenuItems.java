package org.mire.app.workbench;

import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** Menu items as the workbench's menus make them: text, an optional icon and accelerator, and an action. */
final class MenuItems {
    private MenuItems() {
    }

    static MenuItem item(String text, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    static RadioMenuItem radio(String text, String accelerator, ToggleGroup group, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
