// Trait objects (dynamic dispatch through vtables), generics, closures, iterators, Box/Rc/RefCell, Drop.
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String { "shape".into() }
}

struct Circle(f64);
struct Rect { w: f64, h: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.0 * self.0 }
    fn name(&self) -> String { "circle".into() }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{}x{}", self.w, self.h) }
}

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

fn total<T: Shape + ?Sized>(items: &[Box<T>]) -> f64 { items.iter().map(|s| s.area()).sum() }

fn apply<F: Fn(i64) -> i64>(f: F, n: i64) -> i64 { (0..n).map(&f).filter(|x| x % 3 != 0).sum() }

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.5)), Box::new(Rect { w: 2.0, h: 3.0 })];
    for s in &shapes { println!("{} {:.3}", s.name(), s.area()); }
    println!("{:.3}", total(&shapes));
    let k = 7;
    println!("{}", apply(move |x| x * k + 1, 100));
    let shared = Rc::new(RefCell::new(vec![Noisy(1), Noisy(2)]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(Noisy(3));
    println!("{} {}", Rc::strong_count(&shared), shared.borrow().len());
    println!("{}", Rect { w: 1.0, h: 2.0 });
}
