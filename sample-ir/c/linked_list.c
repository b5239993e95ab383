// linked_list: singly linked list with push, in-place reversal, recursive length and insertion sort, freed at the end.
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static struct node *push(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = head;
    return n;
}

static struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static int length(const struct node *n) { return n ? 1 + length(n->next) : 0; }

static struct node *insertion_sort(struct node *head) {
    struct node *sorted = NULL;
    while (head) {
        struct node *n = head;
        head = head->next;
        struct node **slot = &sorted;
        while (*slot && (*slot)->value < n->value) slot = &(*slot)->next;
        n->next = *slot;
        *slot = n;
    }
    return sorted;
}

static void free_list(struct node *n) {
    while (n) {
        struct node *next = n->next;
        free(n);
        n = next;
    }
}

int main(void) {
    struct node *list = NULL;
    for (int i = 0; i < 100; i++) list = push(list, (i * 37) % 101);
    int last_pushed = list->value;
    list = reverse(list);
    int first_pushed = list->value;
    list = insertion_sort(list);
    int ok = length(list) == 100 && first_pushed == 0 && last_pushed == (99 * 37) % 101;
    for (struct node *n = list; n && n->next; n = n->next)
        if (n->value > n->next->value) ok = 0;
    printf("linked_list length=%d min=%d ok=%d\n", length(list), list->value, ok);
    free_list(list);
    return ok ? 0 : 1;
}
